// Stands in for the "server-only" guard in vitest, where there is no client bundle to protect.
export {};
