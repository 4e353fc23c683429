// Reference exchange rates to CNY (platform): the conversion used wherever a CNY threshold meets another currency.
export { cnyEquivalent, seedExchangeRates, type CnyEquivalent } from './exchange-rates';
export { registerExchangeRateRoutes } from './exchange-rates.routes';
