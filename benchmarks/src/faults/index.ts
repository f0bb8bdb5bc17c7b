export { faultsSection } from './faults'
