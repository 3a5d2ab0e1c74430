import packageJson from '../../package.json';

export const TOOL_NAME = 'onsight-netcheck';
export const TOOL_VERSION: string = packageJson.version;
