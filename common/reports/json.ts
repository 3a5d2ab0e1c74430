// The JSON report: the result document itself, pretty-printed, with the computer's identity
// left out unless asked for, and its words in the person's language under `texts`.
import { redactHost, type ReportInput } from './model';
import type { ResultDocument } from '../results/schema';
import { withTexts } from '../results/texts';

export function jsonReport(input: ReportInput): string {
  const { result, profile, includeComputerDetails } = input;
  const document: ResultDocument = {
    ...withTexts(result, profile),
    host: result.host ? redactHost(result.host, includeComputerDetails) : null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
