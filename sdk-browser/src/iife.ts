import { startInPage } from "./browser";
import { SHIMS } from "./shims/index";

startInPage(SHIMS);
