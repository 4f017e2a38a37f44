import { createContext } from "react";

/** The rich text of the page being rendered on the server (empty in the browser). */
export const RichTextContext = createContext<string | undefined>(undefined);
