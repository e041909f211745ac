// Quoted from /work/shared/data/SOURCES.md, "Attribution to show in the product". The licences (CC BY-IGO 3.0,
// MIT) ask for this credit: change it only together with that file.
export interface AttributionEntry {
  text: string;
  links: ReadonlyArray<{ label: string; href: string }>;
}

export const ATTRIBUTION: readonly AttributionEntry[] = [
  {
    text: 'Province boundaries, province and district codes and names: Royal Thai Survey Department (RTSD) and OCHA Regional Office for Asia and the Pacific, "Thailand - Subnational Administrative Boundaries" (HDX, https://data.humdata.org/dataset/cod-ab-tha), 2019-02-21 release, CC BY-IGO 3.0. Simplified.',
    links: [{ label: 'HDX cod-ab-tha', href: 'https://data.humdata.org/dataset/cod-ab-tha' }],
  },
  {
    text: 'Province regions: kongvut/thai-province-data (MIT).',
    links: [{ label: 'kongvut/thai-province-data', href: 'https://github.com/kongvut/thai-province-data' }],
  },
  {
    text: 'Local administrative organisations: กรมส่งเสริมการปกครองท้องถิ่น (DLA Open Data, dataset dlads_05_01), via flukelaster/SIAHRA (MIT).',
    links: [
      { label: 'DLA Open Data dlads_05_01', href: 'https://opendata.dla.go.th/dataset/dlads_05_01' },
      { label: 'flukelaster/SIAHRA', href: 'https://github.com/flukelaster/SIAHRA' },
    ],
  },
];
