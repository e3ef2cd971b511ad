// The local Microsoft Graph emulator:
//   dotnet run --project graph-integration/Emulator -- --port 5980 [--seed /absolute/path/seed.json]
// Without --seed it loads the bundled seed.development.json.
// Graph base URL for the bot: http://localhost:5980/v1.0 (Graph:BaseUrl). See docs/graph.md.
using VastbusBot.GraphEmulator;

await using var app = GraphEmulatorApp.Create(args);
await app.RunAsync();
