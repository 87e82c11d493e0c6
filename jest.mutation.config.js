// The unit specs of the rules StrykerJS mutates (`npm run test:mutation`): the domain library's, compiled by swc as in jest.config.js.
const { projects } = require('./jest.config');

const unit = projects.find((project) => project.displayName === 'unit');

module.exports = { ...unit, displayName: undefined, testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'] };
