namespace VastbusBot.GraphIntegration.Scheduling;

/// <summary>A proposed time and, for the card, who can come and who cannot.</summary>
/// <param name="Slot">The time, with the local offset of the working-hours time zone.</param>
/// <param name="Free">Attendees with nothing blocking in their calendar.</param>
/// <param name="Busy">Attendees with a busy, tentative or out-of-office period overlapping the slot.</param>
/// <param name="Unknown">Attendees whose calendar could not be read.</param>
public sealed record SlotProposal(TimeSlot Slot, IReadOnlyList<string> Free, IReadOnlyList<string> Busy, IReadOnlyList<string> Unknown)
{
    public DateTimeOffset Start => Slot.Start;

    public DateTimeOffset End => Slot.End;
}
