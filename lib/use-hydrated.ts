"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Whether the page has hydrated: false in the server's HTML and while React takes the page over, true after.
 * A form that submits only through its handler disables its button until then, so that a tap on a slow
 * phone is not a bare form post that reloads the page and loses the tap. Its controlled fields wait too: a
 * field holds what was typed before hydration only until React's first render after it, which writes the
 * field's state (still empty) back and clears the text.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
