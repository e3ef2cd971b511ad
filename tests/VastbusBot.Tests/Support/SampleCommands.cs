using VastbusBot.Features.Help;
using VastbusBot.Features.Planned;

namespace VastbusBot.Tests.Support;

/// <summary>Commands for routing tests, independent of which features the bot ships today.</summary>
internal static class SampleCommands
{
    public static PlannedFeatureCommand[] Planned =>
    [
        new(HelpCatalog.Reports, ["påminnelser", "årsberättelse"], ["reminders", "annual report"]),
        new(HelpCatalog.Booking, ["boka ordförandeträff"], ["book chairs meeting"]),
    ];
}
