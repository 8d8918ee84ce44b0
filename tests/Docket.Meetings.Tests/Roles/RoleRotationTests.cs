using Docket.Meetings.Roles;

namespace Docket.Meetings.Tests.Roles;

public sealed class RoleRotationTests
{
    private static RoleRotation Team(int offset = 0) =>
        new(["moderator", "notetaker"], ["aaron", "carolyn", "marwan", "manu"], offset);

    public static TheoryData<int, int, string[], string?, string?> Turns => new()
    {
        // members[(n + offset + i) % 4]: the moderator is members[n % 4], the notetaker the next one.
        { 0, 0, [], "aaron", "carolyn" },
        { 1, 0, [], "carolyn", "marwan" },
        { 3, 0, [], "manu", "aaron" }, // wraps round
        { 4, 0, [], "aaron", "carolyn" }, // a full turn later, the same as meeting 0
        { 1, 2, [], "manu", "aaron" }, // an offset of 2 shifts everyone
        { -1, 0, [], "manu", "aaron" }, // a negative number still lands in the list
        // Someone away is passed over for the next in order, without taking the next role's holder twice.
        { 1, 0, ["carolyn"], "marwan", "manu" },
        { 1, 0, ["CAROLYN"], "marwan", "manu" }, // names match whatever their case
        // Only one person around: they hold both roles.
        { 1, 0, ["aaron", "carolyn", "marwan"], "manu", "manu" },
        // Everyone away: nobody holds anything.
        { 1, 0, ["aaron", "carolyn", "marwan", "manu"], null, null },
    };

    [Theory]
    [MemberData(nameof(Turns))]
    public void For_MeetingNumber_GivesTheHoldersInTurn(int number, int offset, string[] away, string? moderator, string? notetaker)
    {
        var holders = Team(offset).For(number, away);

        Assert.Equal([new RoleHolder("moderator", moderator), new RoleHolder("notetaker", notetaker)], holders);
    }

    [Fact]
    public void For_SameNumberTwice_GivesTheSameHolders()
    {
        var rotation = Team();

        Assert.Equal(rotation.For(17), rotation.For(17));
    }

    [Fact]
    public void For_NoMembers_LeavesRolesOpen()
    {
        var rotation = new RoleRotation(["moderator"], []);

        Assert.Equal([new RoleHolder("moderator", null)], rotation.For(3));
    }

    [Fact]
    public void HolderOf_UnknownRole_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Team().HolderOf("timekeeper", 1));

        Assert.StartsWith("'timekeeper' is not one of the roles (moderator, notetaker)", error.Message, StringComparison.Ordinal);
        Assert.Equal("marwan", Team().HolderOf("Notetaker", 1));
    }

    [Fact]
    public void Constructor_MemberTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new RoleRotation(["moderator"], ["aaron", "Aaron"]));

        Assert.Equal("the member 'Aaron' is listed twice", error.Message);
    }
}
