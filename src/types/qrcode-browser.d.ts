// The part of qrcode's API that browser code uses. @types/qrcode pulls in all of @types/node (for
// its file-writing API), which would let a page import node:fs unnoticed; tsconfig.app.json maps
// 'qrcode' here instead. The Node program keeps the full @types/qrcode.
type ErrorCorrectionLevel = 'L' | 'M' | 'Q' | 'H';

interface QRCode {
  modules: { size: number; get(row: number, col: number): number };
}

declare const QRCodeApi: {
  create(text: string, options?: { errorCorrectionLevel?: ErrorCorrectionLevel }): QRCode;
  toString(
    text: string,
    options: { type: 'svg'; margin?: number; errorCorrectionLevel?: ErrorCorrectionLevel },
  ): Promise<string>;
};

export default QRCodeApi;
