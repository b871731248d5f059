import { startInPage } from "./browser";

// The core alone, without any shim: built only to measure it.
startInPage({});
