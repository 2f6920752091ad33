import { z } from 'zod';
import citiesData from '../../../assets/cities.json';

/** The gazetteer, `assets/cities.json`: the 17 cities with their names in both languages and scripts. */
const CitySchema = z.object({
  id: z.string().regex(/^[a-z]+$/),
  en: z.string().min(1),
  zhHans: z.string().min(1),
  zhHant: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  aliases: z.array(z.string().min(1)),
  /** What, right after the Chinese name, makes it an ordinary word and not the city (日照 in 日照充足, "sunshine"). */
  notBefore: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
});
export type City = z.infer<typeof CitySchema>;

export const CITIES: readonly City[] = z.object({ cities: z.array(CitySchema).length(17) }).parse(citiesData).cities;
