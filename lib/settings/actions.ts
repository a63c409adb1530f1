"use server";
import type { ActionResult } from "@/lib/errors";
import { authedAction } from "@/lib/server/action-client";
import type { SettingsView } from "./data";
import * as mutations from "./mutations";
import { adoptTimeZoneInput, settingsForm, settingsInput } from "./schema";

export const updateSettings = authedAction({ schema: settingsInput }, (input, viewer) =>
  mutations.updateSettings(viewer.id, input),
);

export const adoptBrowserTimeZone = authedAction({ schema: adoptTimeZoneInput }, ({ timeZone }, viewer) =>
  mutations.adoptBrowserTimeZone(viewer.id, timeZone),
);

const updateSettingsFromForm = authedAction({ schema: settingsForm }, (input, viewer) =>
  mutations.updateSettings(viewer.id, input),
);

/** The settings form's action (useActionState), so the form also saves before JavaScript has loaded. */
export async function saveSettings(
  _previous: ActionResult<SettingsView> | null,
  form: FormData,
): Promise<ActionResult<SettingsView>> {
  return updateSettingsFromForm(form);
}
