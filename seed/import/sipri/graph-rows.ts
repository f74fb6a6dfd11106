// SIPRI transfers as the rows of the arms-transfer writer (db/write/arms-transfers.ts).
//
// Ids: the register has no row id, so a transfer's id is a hash of what identifies a deal and
// does not change as it is delivered (recipient, supplier, year of order, weapon designation
// and description) and its occurrence among the register's records with the same five
// values, in file order: `transfer:sipri:<12 hex>-<n>`. A later release that adds deliveries
// or corrects a TIV updates the same node in place. WeaponSystem ids come from designation and
// description (`weapon:sipri:<slug>`): SIPRI's generic designations ("aircraft engine") are
// told apart by their description.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { ArmsTransferRow, TransferBatch } from '../../../db/write/arms-transfers.ts';
import type { NewNodeRow } from '../../../db/write/dataset-rows.ts';
import { fromDatasets } from '../../../db/write/graph-rows.ts';
import type { CountryRow } from '../country-rows.ts';
import { SIPRI_SOURCE } from '../dataset-sources.ts';
import type { Party } from './parties.ts';
import { slug } from './parties.ts';
import type { SipriTransfer } from './parse-transfer.ts';

export interface ResolvedTransfer {
  transfer: SipriTransfer;
  supplier: Party;
  recipient: Party;
  /** 1 for the first record with these identifying values, 2 for the next, ... */
  occurrence: number;
  /** The register's file name, as the provenance names it. */
  file: string;
}

export function identityKey(t: SipriTransfer): string {
  return [t.recipient, t.supplier, t.orderYear ?? '', t.designation, t.description].join('\u001f');
}

export function transferId(t: SipriTransfer, occurrence: number): string {
  const hash = createHash('sha1').update(identityKey(t)).digest('hex').slice(0, 12);
  return `transfer:sipri:${hash}-${occurrence}`;
}

export const weaponId = (t: SipriTransfer) =>
  `weapon:sipri:${slug(t.designation)}--${slug(t.description)}`;

const evidence = fromDatasets([SIPRI_SOURCE.id]);
const int = (n: number | null) => (n === null ? null : neo4j.int(n));

function partyIso3(party: Party): string | null {
  return party.kind === 'country' ? party.iso3 : null;
}

/** "United States → Japan: 42 F-35A (2012)". */
function transferName(t: SipriTransfer): string {
  const count = t.numberOrdered ?? (t.numberDelivered ? t.numberDelivered : null);
  const what = count === null ? t.designation : `${count} ${t.designation}`;
  const supplier = t.supplier.replace(/\*+$/, '');
  const recipient = t.recipient.replace(/\*+$/, '');
  return `${supplier} → ${recipient}: ${what}${t.orderYear ? ` (${t.orderYear})` : ''}`;
}

export function transferRow(r: ResolvedTransfer): ArmsTransferRow {
  const t = r.transfer;
  const supplierIso3 = partyIso3(r.supplier);
  const recipientIso3 = partyIso3(r.recipient);
  const lastDelivery = t.deliveryYears.length ? Math.max(...t.deliveryYears) : null;
  return {
    id: transferId(t, r.occurrence),
    supplier: r.supplier.id,
    recipient: r.recipient.id,
    weapon: weaponId(t),
    supplierIso3,
    recipientIso3,
    props: {
      name: transferName(t),
      aliases: [t.designation],
      aliasText: t.designation,
      dataset: SIPRI_SOURCE.dataset,
      supplierName: t.supplier,
      recipientName: t.recipient,
      date: t.orderYear === null ? null : `${t.orderYear}-01-01`,
      datePrecision: t.orderYear === null ? null : 'YEAR',
      orderYear: int(t.orderYear),
      orderYearUncertain: t.orderYearUncertain,
      numberOrdered: int(t.numberOrdered),
      numberOrderedUncertain: t.numberOrderedUncertain,
      numberDelivered: int(t.numberDelivered),
      numberDeliveredUncertain: t.numberDeliveredUncertain,
      deliveryYears: t.deliveryYears.map((y) => neo4j.int(y)),
      lastDeliveryYear: int(lastDelivery),
      weaponDesignation: t.designation,
      weaponDescription: t.description,
      status: t.status,
      comments: t.comments || null,
      tivPerUnit: t.tivPerUnit,
      tivOrdered: t.tivOrdered,
      tivDelivered: t.tivDelivered,
      // The register row behind it: file, line(s) and the record as written.
      sourceFile: r.file,
      sourceLine: neo4j.int(t.line),
      sourceLastLine: t.lastLine === t.line ? null : neo4j.int(t.lastLine),
      sourceRow: t.text,
    },
    evidenceSources: evidence.evidenceSources,
    evidenceQuotes: [t.text],
  };
}

export function weaponRow(t: SipriTransfer): NewNodeRow {
  return {
    id: weaponId(t),
    props: {
      name: t.designation,
      aliases: t.designation === t.description ? [] : [`${t.designation} (${t.description})`],
      aliasText: t.designation === t.description ? '' : `${t.designation} (${t.description})`,
      category: t.description,
      dataset: SIPRI_SOURCE.dataset,
      ...evidence,
    },
  };
}

/** The writer's batch for these transfers: each node they refer to listed once. */
export function toTransferBatch(items: readonly ResolvedTransfer[]): TransferBatch {
  const countries = new Map<string, CountryRow>();
  const organizations = new Map<string, TransferBatch['organizations'][number]>();
  const weapons = new Map<string, NewNodeRow>();
  for (const item of items) {
    for (const party of [item.supplier, item.recipient]) {
      if (party.kind === 'country') countries.set(party.id, party.country);
      else {
        organizations.set(party.id, party.organization);
        for (const c of party.countries) countries.set(c.id, c);
      }
    }
    weapons.set(weaponId(item.transfer), weaponRow(item.transfer));
  }
  return {
    countries: [...countries.values()],
    organizations: [...organizations.values()],
    weapons: [...weapons.values()],
    transfers: items.map(transferRow),
  };
}
