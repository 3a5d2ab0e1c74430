// Placeholder until translated: English.
import { EN, type Catalogue } from '../catalogue';

export const fr: Catalogue = EN;
