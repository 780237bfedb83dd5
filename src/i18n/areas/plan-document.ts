// UI text of one area, kept in its own file so parallel work does not collide in vi.ts/en.ts.
// Vietnamese is the source; the English object must provide exactly the same keys.

export const planDocumentVi = {} as const;

export const planDocumentEn: { readonly [K in keyof typeof planDocumentVi]: string } = {};
