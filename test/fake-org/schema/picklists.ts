export const industries = [
  'Agriculture',
  'Apparel',
  'Banking',
  'Biotechnology',
  'Chemicals',
  'Communications',
  'Construction',
  'Consulting',
  'Education',
  'Electronics',
  'Energy',
  'Engineering',
  'Entertainment',
  'Finance',
  'Food & Beverage',
  'Government',
  'Healthcare',
  'Hospitality',
  'Insurance',
  'Machinery',
  'Manufacturing',
  'Media',
  'Recreation',
  'Retail',
  'Shipping',
  'Technology',
  'Telecommunications',
  'Transportation',
  'Utilities',
  'Other',
];
export const accountTypes = [
  'Prospect',
  'Customer - Direct',
  'Customer - Channel',
  'Channel Partner / Reseller',
  'Installation Partner',
  'Technology Partner',
  'Other',
];
export const leadSources = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
export const leadStatuses = [
  'Open - Not Contacted',
  'Working - Contacted',
  'Closed - Converted',
  'Closed - Not Converted',
];
export const ratings = ['Hot', 'Warm', 'Cold'];
export const opportunityTypes = [
  'Existing Customer - Upgrade',
  'Existing Customer - Replacement',
  'Existing Customer - Downgrade',
  'New Customer',
];
export const lossReasons = [
  'Price',
  'Lost to Competitor',
  'No Budget',
  'No Decision',
  'Timing',
  'Other',
];
export const taskStatuses = [
  'Not Started',
  'In Progress',
  'Completed',
  'Waiting on someone else',
  'Deferred',
];
export const taskPriorities = ['High', 'Normal', 'Low'];
export const forecastCategories = ['Omitted', 'Pipeline', 'BestCase', 'Forecast', 'Closed'];

/** The standard sales process, in the org's order. */
export const stages = [
  { label: 'Prospecting', probability: 10, closed: false, won: false, forecast: 'Pipeline' },
  { label: 'Qualification', probability: 10, closed: false, won: false, forecast: 'Pipeline' },
  { label: 'Needs Analysis', probability: 20, closed: false, won: false, forecast: 'Pipeline' },
  { label: 'Value Proposition', probability: 50, closed: false, won: false, forecast: 'Pipeline' },
  {
    label: 'Id. Decision Makers',
    probability: 60,
    closed: false,
    won: false,
    forecast: 'Pipeline',
  },
  {
    label: 'Perception Analysis',
    probability: 70,
    closed: false,
    won: false,
    forecast: 'Pipeline',
  },
  {
    label: 'Proposal/Price Quote',
    probability: 75,
    closed: false,
    won: false,
    forecast: 'Pipeline',
  },
  { label: 'Negotiation/Review', probability: 90, closed: false, won: false, forecast: 'Pipeline' },
  { label: 'Closed Won', probability: 100, closed: true, won: true, forecast: 'Closed' },
  { label: 'Closed Lost', probability: 0, closed: true, won: false, forecast: 'Omitted' },
] as const;
