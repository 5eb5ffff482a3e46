// Structured JSON logs (pino); a readable, coloured mode for development (LOG_FORMAT=pretty).
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(options: { level: string; format: "json" | "pretty" }): Logger {
  if (options.format === "pretty") {
    return pino({
      level: options.level,
      transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" } },
    });
  }
  return pino({ level: options.level });
}
