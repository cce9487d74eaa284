import type { Locale } from '@jiagong/contract';

/** Per-request values the middleware sets for every route. */
export interface AppEnv {
  Variables: {
    requestId: string;
    locale: Locale;
  };
}

export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message) => console.error(message),
};

export const quietLogger: Logger = {
  info: () => undefined,
  error: (message) => console.error(message),
};
