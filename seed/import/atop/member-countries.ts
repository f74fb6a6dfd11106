// Maps an ATOP member's COW code to the Country node it is PARTY_TO. The rule (README.md):
//  1. a COW code the country reference data maps to an ISO 3166 country → that country
//     (schema/countries: COW list joined to ISO3 by text_to_CAMEO's table; German Federal
//     Republic and Yemen Arab Republic resolve to their ISO successors DEU and YEM);
//  2. a historical COW state without an ISO code (Bavaria, Austria-Hungary, the Republic of
//     Vietnam, ...) → a Country node `country:cow-<code>` named from the COW state list;
//  3. a code ATOP marks as outside the COW state system (cowsys 0) and the COW list lacks
//     → a Country node `country:cow-<code>` named "ATOP non-system member <code>";
//  4. anything else → the row is rejected as "unknown COW code".
import neo4j from 'neo4j-driver';
import { byCow, COUNTRY_SOURCE_IDS, unmappedCowStates } from '../../../schema/countries/index.ts';
import { countryRow, type CountryRow } from '../country-rows.ts';
import { ATOP_SOURCE } from '../dataset-sources.ts';

const historicalStates = new Map(unmappedCowStates.map((state) => [state.cowCode, state]));

function nonIsoCountry(
  cowCode: number,
  name: string,
  evidence: string,
  abbreviation?: string,
): CountryRow {
  return {
    id: `country:cow-${cowCode}`,
    props: {
      cowCode: neo4j.int(cowCode),
      ...(abbreviation ? { cowAbbreviation: abbreviation } : {}),
      name,
      aliases: abbreviation ? [abbreviation] : [],
      aliasText: abbreviation ?? '',
      former: true,
      evidenceSources: [evidence],
      evidenceQuotes: [''],
    },
  };
}

/** The member's Country row, or undefined when the code is unknown (rule 4). */
export function memberCountry(cowCode: number, cowSystemMember: boolean): CountryRow | undefined {
  const country = byCow(cowCode);
  if (country) return countryRow(country);
  const historical = historicalStates.get(cowCode);
  if (historical) {
    return nonIsoCountry(
      cowCode,
      historical.name,
      COUNTRY_SOURCE_IDS.cowStateList,
      historical.abbreviation,
    );
  }
  if (!cowSystemMember)
    return nonIsoCountry(cowCode, `ATOP non-system member ${cowCode}`, ATOP_SOURCE.id);
  return undefined;
}

/** The member's name for an agreement's name, by COW code alone (rules 1 and 2). */
export function memberName(cowCode: number): string {
  return byCow(cowCode)?.name ?? historicalStates.get(cowCode)?.name ?? `COW ${cowCode}`;
}
