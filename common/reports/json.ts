// The JSON report: the result document itself, pretty-printed, with the computer's identity
// left out unless asked for.
import { redactHost, type ReportInput } from './model';
import type { ResultDocument } from '../results/schema';

export function jsonReport(input: ReportInput): string {
  const { result, includeComputerDetails } = input;
  const document: ResultDocument = {
    ...result,
    host: result.host ? redactHost(result.host, includeComputerDetails) : null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
