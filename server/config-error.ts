/** A configuration problem the operator must fix; its message is printed as one line. */
export class ConfigError extends Error {}
