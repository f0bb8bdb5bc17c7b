export { faultsMarkdown, faultsSection, runFaults, type FaultsOptions, type FaultsResult } from './faults'
