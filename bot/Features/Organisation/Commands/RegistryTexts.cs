using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Organisation.Commands;

/// <summary>The texts of the registry commands and cards.</summary>
public static class RegistryTexts
{
    public static readonly LocalizedText MyRoleTitle = new("Din roll i VastbusBot", "Your role in VastbusBot");

    public static readonly LocalizedText Name = new("Namn", "Name");

    public static readonly LocalizedText UserId = new("Ditt användar-id", "Your user id");

    public static readonly LocalizedText UserIdHint = new(
        "Ge ditt användar-id till gruppens ordförande eller en administratör när de ska lägga till dig.",
        "Give your user id to the group's chair or an administrator when they add you.");

    public static readonly LocalizedText Groups = new("Grupper", "Groups");

    public static readonly LocalizedText NoGroups = new("Du är inte med i någon lokal Västbusgrupp.", "You are not in any local Västbus group.");

    public static readonly LocalizedText CoordinatorOf = new("Delregional samordnare för", "Delregional coordinator for");

    public static readonly LocalizedText Admin = new("Administratör", "Administrator");

    public static readonly LocalizedText WhatYouCanDo = new("Det här kan du göra", "What you can do");

    public static readonly LocalizedText CanReport = new(
        "\"rapportera avvikelse\" och \"visa avvikelser\" – alla kan rapportera och följa sina egna avvikelser",
        "\"report deviation\" and \"show deviations\" – anyone can report and follow their own deviations");

    public static readonly LocalizedText CanLog = new(
        "\"logga möte\" och \"visa möten\" – gruppens möten",
        "\"log meeting\" and \"show meetings\" – the group's meetings");

    public static readonly LocalizedText CanHandle = new(
        "\"visa avvikelser\" – ta emot, analysera och sätta status på gruppens avvikelser",
        "\"show deviations\" – receive, analyse and set the status of the group's deviations");

    public static readonly LocalizedText CanManage = new(
        "\"visa grupp\" och \"lägg till medlem\" – gruppens medlemmar",
        "\"show group\" and \"add member\" – the group's members");

    public static readonly LocalizedText CanAdminister = new(
        "\"utse ordförande\", \"utse samordnare\" och \"lägg till medlem\" – i alla grupper",
        "\"assign chair\", \"assign coordinator\" and \"add member\" – in every group");

    public static readonly LocalizedText AskToJoin = new(
        "Vill du logga möten? Be gruppens ordförande eller en administratör lägga till dig som medlem.",
        "Want to log meetings? Ask the group's chair or an administrator to add you as a member.");

    public static readonly LocalizedText ShowGroup = new("Visa grupp", "Show group");

    public static readonly LocalizedText AddMember = new("Lägg till medlem", "Add member");

    public static readonly LocalizedText AssignChair = new("Utse ordförande", "Assign chair");

    public static readonly LocalizedText AssignCoordinator = new("Utse samordnare", "Assign coordinator");

    public static readonly LocalizedText Area = new("Delregionalt område", "Delregional area");

    public static readonly LocalizedText AreaNotEstablished = new("(området är inte fastställt i källorna)", "(the area is not established in the sources)");

    public static readonly LocalizedText Chair = new("Ordförande", "Chair");

    public static readonly LocalizedText NoChair = new("Ingen ordförande är utsedd än.", "No chair has been assigned yet.");

    public static readonly LocalizedText Members = new("Medlemmar ({0})", "Members ({0})");

    public static readonly LocalizedText NoMembers = new("Inga medlemmar än.", "No members yet.");

    public static readonly LocalizedText PersonIntro = new(
        "Ange personens användar-id (Entra-objekt-id: personen ser det med \"min roll\", och det finns i Teams admincenter och Entra under Användare), namn, funktion och organisation. Namn, funktion och organisation står i årsberättelsen.",
        "Give the person's user id (Entra object id: they see it with \"my role\", and it is in the Teams admin center and in Entra under Users), name, function and organisation. Name, function and organisation appear in the annual report.");

    public static readonly LocalizedText PrefilledWithYou = new(
        "Förifyllt med dina egna uppgifter – byt ut dem för att utse någon annan.",
        "Filled in with your own details – replace them to assign someone else.");

    public static readonly LocalizedText PersonId = new("Användar-id (Entra-objekt-id)", "User id (Entra object id)");

    public static readonly LocalizedText Function = new("Funktion (till exempel enhetschef)", "Function (for example unit manager)");

    public static readonly LocalizedText FunctionOptional = new("Funktion (valfritt)", "Function (optional)");

    public static readonly LocalizedText Organisation = new("Organisation (till exempel Socialtjänsten)", "Organisation (for example Social services)");

    public static readonly LocalizedText OrganisationOptional = new("Organisation (valfritt)", "Organisation (optional)");

    public static readonly LocalizedText ChooseArea = new("Välj område", "Choose an area");

    public static readonly LocalizedText CoordinatorIntro = new(
        "En delregional samordnare ser och hanterar avvikelserna i alla grupper i området, och får dem när en grupp saknar ordförande.",
        "A delregional coordinator sees and handles the deviations of every group in the area, and receives them when a group has no chair.");

    public static readonly LocalizedText CoordinatorsTitle = new("Samordnare för {0}", "Coordinators for {0}");

    public static readonly LocalizedText MemberAdded = new("{0} är nu medlem i {1}.", "{0} is now a member of the {1}.");

    public static readonly LocalizedText ChairAssigned = new("{0} är nu ordförande i {1}.", "{0} is now the chair of the {1}.");

    public static readonly LocalizedText CoordinatorAssigned = new("{0} är nu samordnare för {1}.", "{0} is now a coordinator for {1}.");

    public static readonly LocalizedText NotChairOrAdmin = new(
        "Bara en grupps ordförande eller en administratör kan lägga till medlemmar, och du är inget av dem. Skriv \"min roll\" för att se vad du är registrerad som.",
        "Only a group's chair or an administrator can add members, and you are neither. Type \"my role\" to see what you are registered as.");

    public static readonly LocalizedText NotInAGroup = new(
        "Du är inte med i någon Västbusgrupp. Skriv kommunen efter kommandot, till exempel \"visa grupp Borås\", om du är samordnare eller administratör.",
        "You are not in any Västbus group. Add the municipality after the command, for example \"show group Borås\", if you are a coordinator or administrator.");

    public static readonly LocalizedText UnknownArea = new(
        "Jag hittar inget område som heter \"{0}\". Områdena är: {1}.",
        "I cannot find an area called \"{0}\". The areas are: {1}.");
}
