"use client";
// The browser's way to sign in and up: requests go to app/api/auth (better-auth's handler), the only
// path on which better-auth applies its rate limits.
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
