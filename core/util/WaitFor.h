#pragma once

#include "util/Result.h"

#include <QEventLoop>

#include <optional>

namespace posdesk {

// Runs an asynchronous service call to its end in a local event loop, for callers that must wait: the CLI (a
// script's tool) and the benchmarks. Not for the desktop, whose event loop must keep turning.
template <typename T, typename Start> Result<T> waitFor(Start &&start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace posdesk
