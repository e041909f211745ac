import type { MessageKey } from './messages-th';

// Every Thai key must have an English text: the type makes a missing or stray key a compile error.
export const messagesEn: Record<MessageKey, string> = {
  'app.title': 'ITA Insight',
  'app.subtitle': 'Integrity and Transparency Assessment results of Thai local administrative organisations',
  'app.skipToContent': 'Skip to main content',

  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.about': 'About / Data sources',

  'language.label': 'Language',
  'language.th': 'ไทย',
  'language.en': 'English',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.fiscalYear': 'Fiscal year {year} (B.E.)',
  'common.none': '–',

  'error.network.title': 'Cannot reach the server',
  'error.network.detail': 'Check the network connection and try again.',
  'error.server.title': 'The server failed (HTTP status {status})',
  'error.server.detail': 'Please try again later. If it keeps happening, tell the system administrator.',
  'error.graphql.title': 'The server could not answer this request',
  'error.unknown.title': 'Something unexpected went wrong',

  'home.title': 'ITA Insight',
  'home.intro':
    'ITA Insight brings together the Integrity and Transparency Assessment (ITA) results that the NACC publishes for local administrative organisations across Thailand, to follow scores year by year, compare organisations of the same type and find the indicators to improve.',

  'provinces.title': 'Provinces',
  'provinces.count': 'Number of provinces',
  'provinces.tableCaption': 'List of provinces',
  'provinces.column.code': 'Code',
  'provinces.column.nameTh': 'Thai name',
  'provinces.column.nameEn': 'English name',
  'provinces.column.region': 'Region',
  'provinces.empty': 'No provinces yet',

  'org.search.title': 'Look up an organisation by its code',
  'org.search.label': 'Organisation code (7 digits)',
  'org.search.hint': 'The code of the Department of Local Administration (DLA), e.g. 5451607. Thai digits work too.',
  'org.search.submit': 'Search',
  'org.search.invalid': 'An organisation code has exactly 7 digits',
  'org.notFound': 'No organisation has the code {code}',
  'org.notFoundHint': 'Check the code: it has 7 digits and is neither a province nor a district code.',
  'org.field.code': 'Code',
  'org.field.type': 'Type',
  'org.field.province': 'Province',
  'org.field.district': 'District code',
  'org.results.title': 'ITA results',
  'org.results.empty': 'No results yet',
  'org.results.tableCaption': 'ITA scores by fiscal year',
  'org.results.column.year': 'Fiscal year (B.E.)',
  'org.results.column.total': 'Total score',
  'org.results.column.level': 'Level',
  'org.chart.label': 'Line chart of the ITA total score by fiscal year for {name}',
  'org.chart.series': 'Total score',

  'orgType.PAO': 'Provincial Administrative Organisation (PAO)',
  'orgType.CITY_MUNICIPALITY': 'City municipality',
  'orgType.TOWN_MUNICIPALITY': 'Town municipality',
  'orgType.SUBDISTRICT_MUNICIPALITY': 'Subdistrict municipality',
  'orgType.SAO': 'Subdistrict Administrative Organisation (SAO)',
  'orgType.SPECIAL': 'Special local government',

  'about.title': 'About / Data sources',
  'about.intro':
    'ITA Insight helps local administrative organisations, provincial local administration offices and the Department of Local Administration read the published ITA results. Scores are shown as published; fiscal years are Buddhist Era years (CE + 543).',
  'about.sourcesTitle': 'Data sources and attribution',
  'about.sourcesNote': 'The attribution below is quoted as its licences require.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}.',
  'notFound.back': 'Back to the home page',
};
