import pkg from "../package.json";

/** The add-in version, written into every provenance block. */
export const ADDIN_VERSION: string = pkg.version;
export const ADDIN_NAME = "Sociaal Domein Rekenhulp";
