/**
 * Given names and the gender they usually carry, from the name lists of
 * `gender-detection-from-name` (English, Italian, Spanish, French, German
 * and Turkish given names, tens of thousands of them). Two parts of the core
 * read them: the quote core, to agree a pronoun with its antecedent (`she`
 * is not `Mohammed`), and mention matching, to read `Kenya Barris` as a
 * person rather than a state. The lists are evidence, not proof: they hold
 * places (`Georgia`, `Jordan`, `Israel`, `Syria`) and everyday words (`The`,
 * `Prime`, `Said`) too, so a caller asks only about the first word of what
 * it already reads as a person's name, and weighs the answer with context.
 */
import { getGender } from 'gender-detection-from-name';
import { remembered } from './remembered.ts';

export type Gender = 'male' | 'female';

/** Whether a word is a given name in the lists (`Annalena`, `Najib`, `Kenya`). */
export function isGivenName(word: string): boolean {
  return genderOfGivenName(word) !== undefined;
}

/**
 * The gender a given name usually carries, or undefined when the lists do
 * not hold it. Case-insensitive; an Arabic article or hyphenated second part
 * is not stripped, since neither begins a given name.
 */
export function genderOfGivenName(word: string): Gender | undefined {
  return genderOfLowerCase(word.toLowerCase());
}

/**
 * Kept by the lower-cased word: the library lower-cases and looks in six lists on every call, and the quote
 * core asks about the same capitalised words over and over.
 */
const genderOfLowerCase = remembered((key): Gender | undefined => {
  // `Nádia`, `Tomás`: the lists write most names without their accents.
  for (const form of new Set([key, key.normalize('NFD').replace(/\p{M}/gu, '')])) {
    const gender = getGender(form);
    if (gender === 'male' || gender === 'female') return gender;
  }
  return undefined;
});
