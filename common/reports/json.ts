// The JSON report: the result document itself, pretty-printed, with its helpdesk code and
// change request filled in and the computer's identity left out unless asked for.
import { buildReportModel, redactHost, type ReportInput } from './model';
import type { ResultDocument } from '../results/schema';

export function jsonReport(input: ReportInput): string {
  const model = buildReportModel(input);
  const { result, includeComputerDetails } = input;
  const document: ResultDocument = {
    ...result,
    host: result.host ? redactHost(result.host, includeComputerDetails) : null,
    helpdeskCode: model.helpdeskCode?.code ?? null,
    changeRequest: model.changeRequest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
