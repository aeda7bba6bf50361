// SPDX-License-Identifier: BSD-3-Clause
#pragma once

/*!
 * \file qtsigninglobal.h
 * Common declarations for QtSignIn: the export macro and the library version.
 */

#include <QtCore/qglobal.h>
#include <QtSignIn/qtsignincore_export.h>

#define QTSIGNIN_VERSION_STR "0.1.0"
