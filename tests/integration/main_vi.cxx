#include "office_fixture.hxx"

int main(int argc, char** argv)
{
    return sangkien::test::run_with_office(argc, argv, "vi");
}
