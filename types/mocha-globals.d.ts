// Browser tests (test/elements, test/state) run under @web/test-runner's mocha,
// which provides describe/it/before/after as globals. tsconfig "types" is
// ["node"], so the mocha globals are referenced here explicitly.
/// <reference types="mocha" />
