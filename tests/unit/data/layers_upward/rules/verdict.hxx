// A rules-layer header.
#pragma once
#include "core/text/word.hxx"
