export function productImageUrls(origin: string, id: string, count: number): string[] {
  return Array.from({ length: Math.max(1, count) }, (_, i) =>
    i === 0
      ? `${origin}/assets/products/${id}.svg`
      : `${origin}/assets/products/${id}-${i + 1}.svg`,
  );
}

export function merchantLogoUrl(origin: string, id: string): string {
  return `${origin}/assets/merchants/${id}.svg`;
}
