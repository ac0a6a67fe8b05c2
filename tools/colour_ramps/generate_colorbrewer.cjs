// Writes resources/colour_ramps/colorbrewer.json from the npm package colorbrewer@1.7.0
// (Cynthia Brewer's ColorBrewer schemes, Apache 2.0). Run from an empty folder:
//   npm pack colorbrewer@1.7.0 && tar xzf colorbrewer-1.7.0.tgz && node <repo>/tools/colour_ramps/generate_colorbrewer.cjs package <repo>/resources/colour_ramps/colorbrewer.json
const fs = require('fs');
const path = require('path');
const [, , packageDir, output] = process.argv;
// The package says "type": "module" yet ships a UMD index.js; load that file as CommonJS.
const umd = path.join(require('os').tmpdir(), 'colorbrewer-umd.cjs');
fs.copyFileSync(path.resolve(packageDir, 'index.js'), umd);
const brewer = require(umd);
const groups = brewer.schemeGroups;
const typeOf = (name) => {
    if (groups.diverging.includes(name)) return 'diverging';
    if (groups.qualitative.includes(name)) return 'qualitative';
    return 'sequential';
};
const names = [...groups.singlehue, ...groups.sequential, ...groups.diverging, ...groups.qualitative];
const ramps = names.map((name) => {
    const sizes = {};
    for (const [n, colours] of Object.entries(brewer[name])) {
        if (Array.isArray(colours)) sizes[n] = colours.map((c) => c.toLowerCase());
    }
    return { id: name, type: typeOf(name), sizes };
});
const document = {
    source: 'npm colorbrewer 1.7.0: ColorBrewer schemes by Cynthia Brewer, Mark Harrower and The ' +
        'Pennsylvania State University, Apache License 2.0 (http://colorbrewer2.org)',
    ramps,
};
fs.writeFileSync(output, JSON.stringify(document, null, 1) + '\n');
console.log(`${ramps.length} ramps written to ${output}`);
