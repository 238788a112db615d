// The Web Worker that makes the class summary PDF, as the handouts' worker does for handouts.
import { summaryPdf, type SummaryPdfInput } from './summary-pdf';

export type SummaryPdfResponse = { bytes: Uint8Array } | { error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SummaryPdfInput>) => void) | null;
  postMessage: (message: SummaryPdfResponse, transfer?: Transferable[]) => void;
};

scope.onmessage = async ({ data }) => {
  try {
    const bytes = await summaryPdf(data);
    scope.postMessage({ bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
