// Types for body-limits.mjs, which stays JavaScript for next.config.

export const maxBodyBytes: number;
export const maxJsonDepth: number;
export const proxyBufferBytes: number;
