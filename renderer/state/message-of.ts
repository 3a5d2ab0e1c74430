// Electron prefixes a rejected invoke with its channel; the user needs only main's sentence.
export const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(
    /^Error invoking remote method '[^']*': (?:Error: )?/,
    '',
  );
