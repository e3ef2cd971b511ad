using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VastbusBot.EndToEnd.Tests.Support;
using VastbusBot.Features.Booking;
using VastbusBot.Features.Organisation;
using static Microsoft.Playwright.Assertions;

namespace VastbusBot.EndToEnd.Tests;

/// <summary>
/// Anna Lindqvist, the playground's user (bootstrap admin, and coordinator of Göteborgsområdet once the development
/// registry is filled), books the yearly chairs' meeting as a new user would: types the command, proposes times,
/// books one with a double click, and gets the confirmation with the Teams join link. The Graph emulator holds the
/// playground users' calendars (scripts/dev/graph-seed.playground.json), where everyone is free only on Tuesday
/// afternoons and Anna is busy Monday mornings and Wednesday afternoons.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class BookingTests(EndToEndStack stack)
{
    private const string TenantId = "6b1c0f3e-2a4d-4c8e-9f10-5a7b3c2d1e01";
    private const string AnnaId = "6b1c0f3e-0000-4000-8000-000000000101";
    private const string AreaId = "goteborgsomradet";

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public Task Coordinator_BooksTheChairsMeeting_GetsAJoinLink_AndClickingTwiceCreatesOneEvent() =>
        stack.RunChatAsync(nameof(Coordinator_BooksTheChairsMeeting_GetsAJoinLink_AndClickingTwiceCreatesOneEvent), async chat =>
        {
            await PrepareAsync();

            await chat.SendAsync("boka ordförandeträff");

            var form = chat.MessagesWith(BookingTexts.FormIntro.Sv);
            await Expect(form).ToHaveCountAsync(1);
            await ChatSession.Button(form, BookingTexts.Propose.Sv).ClickAsync();

            // The proposals: only Tuesday afternoons, when all six can come (Anna, Lars and the four chairs).
            var proposals = chat.MessagesWith("Förslag på tider – Göteborgsområdet");
            await Expect(proposals).ToHaveCountAsync(1);
            await Expect(chat.CardUpdatedBar).ToBeVisibleAsync();
            await Expect(proposals).ToContainTextAsync("Alla 6 kan.");
            await Expect(proposals).ToContainTextAsync("Ingen ordförande registrerad för: Öckerö.");
            var bookButtons = proposals.GetByRole(AriaRole.Button, new() { NameRegex = BookButton() });
            await Expect(bookButtons).ToHaveCountAsync(5);
            foreach (var title in await bookButtons.AllInnerTextsAsync())
            {
                Assert.StartsWith("Boka tisdag ", title.Trim(), StringComparison.Ordinal);
            }

            // Two quick clicks on the first time.
            await bookButtons.First.DblClickAsync();

            var confirmation = chat.MessagesWith(BookingTexts.BookedTitle.Sv);
            await Expect(confirmation).ToHaveCountAsync(1);
            await Expect(confirmation).ToContainTextAsync("tisdag ");
            var join = confirmation.GetByRole(AriaRole.Link, new() { Name = BookingTexts.JoinLink.Sv, Exact = true }).First;
            await Expect(join).ToHaveAttributeAsync("href", JoinUrl());
            await Expect(ChatSession.Button(confirmation, BookingTexts.Move.Sv)).ToBeVisibleAsync();
            await Expect(ChatSession.Button(confirmation, BookingTexts.Cancel.Sv)).ToBeVisibleAsync();

            // And the same click delivered once more, as Teams redelivers an invoke.
            var booked = await BookedGatheringAsync();
            var again = await chat.InvokeAsync(CardMessageId(booked.Id), BookingCards.BookVerb, new JsonObject
            {
                ["lang"] = "sv",
                ["booking"] = booked.Id,
                ["area"] = AreaId,
                ["start"] = BookingCards.StartValue(booked.Event!.Start),
            });
            Assert.Equal("application/vnd.microsoft.card.adaptive", again["type"]?.GetValue<string>());
            Assert.Contains(BookingTexts.AlreadyBooked.Sv, again.ToJsonString(Unescaped), StringComparison.Ordinal);

            var events = (await stack.Graph.EventsAsync()).Where(e => e["organizerId"]?.GetValue<string>() == AnnaId).ToList();
            var created = Assert.Single(events);
            Assert.False(created["isCancelled"]!.GetValue<bool>());
            Assert.True(created["isOnlineMeeting"]!.GetValue<bool>());
            Assert.Equal(booked.Event.EventId, created["id"]!.GetValue<string>());
            Assert.Equal(
                ["erik.johansson@vastbus.example", "johan.nilsson@vastbus.example", "lars.persson@vastbus.example", "maria.karlsson@vastbus.example", "sara.andersson@vastbus.example"],
                created["attendees"]!.AsArray().Select(a => a!["address"]!.GetValue<string>()).Order(StringComparer.Ordinal));
            Assert.Equal(DayOfWeek.Tuesday, TimeZoneInfo.ConvertTime(booked.Event.Start, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DayOfWeek);
            Assert.True(stack.Bot.Log.Since(0).Count(e => e.Message.StartsWith("Card action booking.book ", StringComparison.Ordinal)) >= 2);
        });

    /// <summary>
    /// A fresh emulator tenant, and the playground's registry filled through the registry service as Anna (the
    /// bootstrap admin) would with the admin commands: Anna and Lars coordinate Göteborgsområdet, four users chair.
    /// </summary>
    private async Task PrepareAsync()
    {
        await stack.Graph.ResetAsync();
        var services = stack.Bot.Services;
        var options = new DevelopmentRegistryOptions();
        services.GetRequiredService<IConfiguration>().GetSection(DevelopmentRegistryOptions.SectionName).Bind(options);
        Assert.Equal((TenantId, AnnaId, AreaId), (options.TenantId, options.AdminAadObjectId, options.AreaId));
        await DevelopmentRegistrySeeder.SeedAsync(services.GetRequiredService<IOrganisationRegistry>(), options, CancellationToken.None);
        var roles = await services.GetRequiredService<IOrganisationRegistry>().GetRolesAsync(TenantId, AnnaId, CancellationToken.None);
        Assert.True(roles.IsCoordinatorOf(AreaId));
    }

    private async Task<Gathering> BookedGatheringAsync()
    {
        var store = stack.Bot.Services.GetRequiredService<IGatheringStore>();
        var year = DateTime.UtcNow.Year;
        var all = (await store.ListAsync(TenantId, AreaId, year, CancellationToken.None)).Concat(await store.ListAsync(TenantId, AreaId, year + 1, CancellationToken.None));
        return Assert.Single(all, g => g.Status == GatheringStatus.Booked);
    }

    /// <summary>The playground's id of the card message the booking buttons were on (the bot logs it with each click).</summary>
    private string CardMessageId(string bookingId)
    {
        var prefix = $"Booking {BookingCards.BookVerb} for {bookingId} on card message ";
        var entry = stack.Bot.Log.Since(0).Last(e => e.Message.StartsWith(prefix, StringComparison.Ordinal));
        return entry.Message[prefix.Length..];
    }

    [GeneratedRegex("^Boka ")]
    private static partial Regex BookButton();

    [GeneratedRegex(@"^https://teams\.microsoft\.com/l/meetup-join/")]
    private static partial Regex JoinUrl();
}
