using VastbusBot.Hosting;

var app = VastbusBotApp.Build(args);
await app.RunAsync();
public partial class Program;
