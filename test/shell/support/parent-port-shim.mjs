// Stands in for Electron's process.parentPort when the bundled core process (dist/shell/core.mjs)
// is run under plain Node by test/shell/core-process.test.ts: messages travel over the IPC channel
// of child_process.fork (with structured-clone serialization), as they would over a utilityProcess's.
process.parentPort = {
  on(event, listener) {
    if (event === 'message') process.on('message', (data) => listener({ data, ports: [] }));
  },
  postMessage(message) {
    process.send(message);
  },
};
