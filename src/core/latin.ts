/**
 * Latin-script name keys: case, apostrophes (Xi'an, Xi’an), diacritics (Ürümqi, Garzê), spaces
 * and hyphens are ignored, so "XIAN", "Xi'an" and "xi an" give the same key.
 */
export function latinKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’ʼ`\-]+/g, '');
}

export function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\s'’ʼ`\-.]+$/u.test(text);
}
