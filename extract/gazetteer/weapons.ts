// Weapon systems and platforms by name, and the designator pattern most of them carry
// ("AGM-183A", "MH-60R", "F-35", "S-400"). Generic categories ("hypersonic missiles") are
// weapon systems too, as the seed records treat them, at a lower confidence.

export const NAMED_WEAPONS = [
  'HIMARS',
  'Patriot',
  'THAAD',
  'Aegis',
  'Aegis Ashore',
  'Tomahawk',
  'Javelin',
  'Stinger',
  'Abrams',
  'Bradley',
  'Leopard 2',
  'Harpoon',
  'NASAMS',
  'Iron Dome',
  'Storm Shadow',
  'ATACMS',
  'Switchblade',
  'Black Hawk',
  'Apache',
  'Chinook',
  'Reaper',
  'Global Hawk',
  'Eurofighter Typhoon',
  'Rafale',
  'Gripen',
  'BrahMos',
  'Kalibr',
  'Iskander',
  'Kinzhal',
  'Shahed',
  'Bayraktar TB2',
  'Osprey',
  'Seahawk',
];

/** "hypersonic missiles", "long-range cruise missiles", "fighter aircraft". */
export const WEAPON_CATEGORY =
  /\b(?:(?:long-range|short-range|medium-range|intermediate-range|anti-ship|air-launched|ship-launched)\s+)?(?:hypersonic|ballistic|cruise|anti-ship|surface-to-air|air-to-air)\s+(?:missiles?|weapons?)\b/giu;
