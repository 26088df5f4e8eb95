#pragma once

#include <QCoreApplication>

namespace keyway {
class EnvironmentSession;
class SendJob;
struct RequestSpec;
} // namespace keyway

namespace keyway::ui {

class RequestComposer;

// What became of a sent request's checks and captures: each check judged against the response
// and shown beside its line, the Checks tab's title saying how many passed, and the captured
// values taken into the session (saved to the environment when marked so).
class ResponseJudge
{
    Q_DECLARE_TR_FUNCTIONS(ResponseJudge)

public:
    ResponseJudge(EnvironmentSession &session, RequestComposer &composer)
        : m_session(session)
        , m_composer(composer)
    {
    }

    // `sent` is the request as the job took it: lines edited since are not judged.
    void judge(const RequestSpec &sent, const SendJob &job);
    // No response to judge (the send failed): no results, the plain title.
    void clear();
    // The title without a verdict (the request changed since it was judged).
    void resetTitle() { setTitle(-1, -1); }

private:
    void setTitle(int passed, int total);

    EnvironmentSession &m_session;
    RequestComposer &m_composer;
};

} // namespace keyway::ui
