using VastbusBot.Cards;

namespace VastbusBot.Cards.Tests;

/// <summary>Cards shared by the tests.</summary>
internal static class SampleCards
{
    /// <summary>A meeting-booking card that uses every element and action type of the model.</summary>
    public static AdaptiveCard Rich() => new()
    {
        Lang = "sv",
        FallbackText = "Boka SIP-möte",
        Speak = "Boka SIP-möte",
        MsTeams = new TeamsCardProperties
        {
            Width = TeamsCardWidth.Full,
            Entities = [new CardMention("<at>Anna</at>", new CardMentionedUser("29:anna", "Anna Berg"))],
        },
        Refresh = new CardRefresh { Action = CardActions.Execute("Uppdatera", "sip.refresh", Data("42")), UserIds = ["29:anna"] },
        Body =
        [
            new TextBlock { Text = "Boka SIP-möte", Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = "Kallad av ", IsSubtle = true },
                    new TextRun { Text = "Anna", Weight = TextWeight.Bolder, Italic = true },
                ],
            },
            new TextBlock { Text = "Hej <at>Anna</at>, välj tid nedan.", Spacing = Spacing.Small },
            new ColumnSet
            {
                Columns =
                [
                    new Column
                    {
                        Width = "auto",
                        Items = [new Image { Url = "https://example.com/vastbus.png", AltText = "Västbus", Size = ImageSize.Small, Style = ImageStyle.Person }],
                    },
                    new Column
                    {
                        Width = ColumnWidth.Stretch,
                        VerticalContentAlignment = VerticalContentAlignment.Center,
                        Items = [new FactSet { Facts = [new Fact("Barn", "A.B."), new Fact("Ärende", "SIP")] }],
                    },
                    new Column { Width = 1, Items = [new TextBlock { Text = "v. 12", HorizontalAlignment = HorizontalAlignment.Right }] },
                ],
            },
            new Container
            {
                Id = "detaljer",
                IsVisible = false,
                Style = ContainerStyle.Emphasis,
                Bleed = true,
                SelectAction = new OpenUrlAction { Url = "https://example.com/sip", Title = "Om SIP" },
                Items = [new TextBlock { Text = "Samordnad individuell plan enligt Västbus riktlinjer.", IsSubtle = true }],
            },
            new Table
            {
                FirstRowAsHeader = true,
                GridStyle = ContainerStyle.Accent,
                Columns = [new TableColumnDefinition { Width = 2 }, new TableColumnDefinition { Width = "80px" }],
                Rows =
                [
                    new TableRow { Cells = [Cell("Aktör"), Cell("Svar")] },
                    new TableRow { Cells = [Cell("Skola"), Cell("Ja")] },
                ],
                Fallback = new TextBlock { Text = "Skola: Ja" },
            },
            new InputText { Id = "agenda", Label = "Agenda", IsMultiline = true, MaxLength = 500, Placeholder = "Vad ska mötet handla om?" },
            new InputText
            {
                Id = "epost",
                Label = "E-post",
                Style = TextInputStyle.Email,
                IsRequired = true,
                ErrorMessage = "Ange en e-postadress",
                Regex = "^[^@]+@[^@]+$",
            },
            new InputDate { Id = "datum", Label = "Datum", Value = CardValues.Date(new DateOnly(2025, 3, 17)), Min = "2025-01-01", IsRequired = true, ErrorMessage = "Välj datum" },
            new InputTime { Id = "tid", Label = "Tid", Value = CardValues.Time(new TimeOnly(9, 0)), Min = "08:00", Max = "17:00" },
            new InputNumber { Id = "langd", Label = "Längd (minuter)", Value = 60, Min = 15, Max = 240 },
            new InputChoiceSet
            {
                Id = "aktorer",
                Label = "Aktörer",
                Style = ChoiceInputStyle.Filtered,
                IsMultiSelect = true,
                Choices = [new Choice("Skola", "skola"), new Choice("Socialtjänst", "soc"), new Choice("BUP", "bup")],
            },
            new InputToggle { Id = "samtycke", Label = "Samtycke", Title = "Vårdnadshavare har samtyckt", ValueOn = "ja", ValueOff = "nej" },
            new ActionSet
            {
                Actions =
                [
                    CardActions.Execute("Boka", "sip.book", Data("42"), ActionStyle.Positive),
                    new ToggleVisibilityAction { Title = "Visa detaljer", TargetElements = ["detaljer"] },
                ],
            },
        ],
        Actions =
        [
            new SubmitAction { Title = "Avböj", Style = ActionStyle.Destructive, AssociatedInputs = AssociatedInputs.None, Data = Data("42", "sip.decline") },
            new ShowCardAction
            {
                Title = "Kommentera",
                Card = new AdaptiveCard
                {
                    Body = [new InputText { Id = "kommentar", Label = "Kommentar" }],
                    Actions = [CardActions.Execute("Skicka", "sip.comment", Data("42"))],
                },
            },
            new OpenUrlAction { Title = "Riktlinjer", Url = "https://example.com/vastbus", Tooltip = "Västbus riktlinjer", Mode = ActionMode.Secondary },
        ],
    };

    private static TableCell Cell(string text) => new() { Items = [new TextBlock { Text = text }] };

    private static Dictionary<string, object?> Data(string caseId, string? verb = null)
    {
        var data = new Dictionary<string, object?> { ["caseId"] = caseId };
        if (verb is not null)
        {
            data[CardActions.VerbKey] = verb;
        }

        return data;
    }
}
