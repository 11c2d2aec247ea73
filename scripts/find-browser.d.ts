export declare const BROWSER_ARGS: string[];
export declare function findBrowser(): Promise<{ executablePath: string; args: string[]; source: string }>;
